"""The Dashboard: this month and this tax year, overdue claims, allowance, benefits warnings.

Every figure is `services.summaries.dashboard()` as it comes; the page only puts it in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.forms.ui_page_dashboard import Ui_DashboardPage
from coprod_desktop.ui.pages import first_steps
from coprod_desktop.ui.pages.base import setup_table
from coprod_desktop.ui.record_models import ActivitiesModel, OverdueModel
from coprod_desktop.ui.widgets.benefit_position import BenefitPositionPanel

if TYPE_CHECKING:
    from coprod_desktop.core.domain.views import Dashboard, PeriodFigures
    from coprod_desktop.core.services import Services

WARNING_SIGN = "⚠"


class DashboardPage(QWidget):
    """Fires `figures_shown` each time real figures are on screen (the start-up probe waits)."""

    title = "Dashboard"
    figures_shown = Signal()

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.setAccessibleName(self.title)
        self.stale = True
        self.figures: Dashboard | None = None
        self.overdue_model = OverdueModel(self)
        self.recent_model = ActivitiesModel(self)
        for view, model in (
            (self.ui.overdueView, self.overdue_model),
            (self.ui.recentView, self.recent_model),
        ):
            view.setModel(model)
            setup_table(view)
            # the page scrolls as a whole: each table is as tall as its rows
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.overdueView.setVisible(False)
        self.ui.benefitsValue.setVisible(False)
        # this week's position against each limit watched, always shown, above the warnings
        self.benefit_position = BenefitPositionPanel(self.ui.content)
        content = self.ui.contentLayout
        content.insertWidget(content.indexOf(self.ui.benefitsValue), self.benefit_position)
        self.charts: Any = None  # the charts widget, made when the first figures arrive
        ctx.changed.connect(self._record_changed)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _record_changed(self, _kind: str) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.stale = False
        self.ctx.runner.run(lambda: self.load(services), self.show_figures, key="page:dashboard")

    @staticmethod
    def load(services: Services) -> Dashboard:
        return services.summaries.dashboard()

    def show_figures(self, dash: Dashboard) -> None:
        self.figures = dash
        ui = self.ui
        as_of = f"Figures as of {dash.today.day} {dash.today:%B %Y}."
        ui.statusLabel.setText(first_steps.dashboard_status(as_of, bool(dash.recent)))
        self._period("month", dash.this_month)
        self._period("year", dash.this_tax_year)
        ui.allowanceValue.setText(
            f"Fee income this tax year: {dash.tax_year_fee_income.display()}, against the "
            f"trading allowance of {dash.trading_allowance.display()}. Income up to the "
            "allowance need not be declared to HMRC if it is your only self-employed income."
        )
        self.benefit_position.show_positions(dash.benefit_positions)
        if dash.benefits_warnings:
            lines = [f"{WARNING_SIGN} Warning: {w.message}" for w in dash.benefits_warnings]
            ui.benefitsValue.setText("\n\n".join(lines))
            ui.benefitsValue.setVisible(True)
        else:
            ui.benefitsValue.setVisible(False)
        self.overdue_model.set_items(list(dash.overdue))
        ui.overdueView.setVisible(bool(dash.overdue))
        ui.overdueEmpty.setVisible(not dash.overdue)
        if dash.overdue:
            ui.overdueBox.setTitle(f"Overdue claims ({len(dash.overdue)})")
        else:
            ui.overdueBox.setTitle("Overdue claims")
        self.recent_model.set_items(list(dash.recent))
        self.figures_shown.emit()
        self._charts().refresh()  # after the figures: the pictures never delay them

    def _charts(self) -> Any:
        """The charts, made on first figures (not at start-up: nothing extra on first paint)."""
        if self.charts is None:
            from coprod_desktop.ui.widgets.charts import DashboardCharts

            self.charts = DashboardCharts(self.ctx, self.ui.content)
            layout = self.ui.contentLayout
            layout.insertWidget(layout.indexOf(self.ui.allowanceBox), self.charts)
        return self.charts

    def _period(self, prefix: str, fig: PeriodFigures) -> None:
        ui = self.ui
        getattr(ui, f"{prefix}Box").setTitle(fig.label)
        getattr(ui, f"{prefix}HoursValue").setText(format_minutes(fig.minutes))
        getattr(ui, f"{prefix}FeesValue").setText(fig.fees_earned.display())
        getattr(ui, f"{prefix}ReceivedValue").setText(fig.received.display())
        getattr(ui, f"{prefix}OutstandingValue").setText(fig.outstanding.display())
        for key in ("Hours", "Fees", "Received", "Outstanding"):
            label = getattr(ui, f"{prefix}{key}Value")
            caption = getattr(ui, f"{prefix}{key}Label").text().rstrip(":")
            label.setAccessibleName(f"{fig.label}: {caption}")
