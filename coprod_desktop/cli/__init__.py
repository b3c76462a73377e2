"""The `coprod` command: a thin layer over the same services the window uses."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from coprod_desktop import collector

    collector.tune()
    from coprod_desktop.cli.parser import build_parser
    from coprod_desktop.core.domain.errors import DataWillNotOpen, UserError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from coprod_desktop.cli.commands import run

        return run(args)
    except UserError as exc:
        message = exc.message
        if isinstance(exc, DataWillNotOpen):
            from coprod_desktop.cli.backup_commands import restore_hint

            message = f"{message} {restore_hint(exc, args.data_dir)}"
        sys.stderr.write(f"coprod: {message}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("coprod: stopped; nothing half-saved.\n")
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
