"""Storage: typed SQLAlchemy models, the engine with its safety pragmas, and migrations."""
