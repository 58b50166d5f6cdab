"""Put a deleted grade cell back in the right place, also when a locked helper cell sits before it."""
from __future__ import annotations

from nbgrader.preprocessors import OverwriteCells


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


class RestoreMissingCells(OverwriteCells):
    """nbgrader's OverwriteCells, but a deleted grade cell goes back after the nearest earlier source cell that the
    submission still has, of any kind. Stock nbgrader 0.9 anchors only on solution and grade cells and fails with a
    KeyError when the source cell just before the deleted one is locked (a week's `exN_..._helpers` cell), so the
    whole submission went ungraded."""

    def add_missing_grade_cells(self, nb, resources):
        source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        source_cells = list(source_nb.source_cells)  # in notebook order, as stock nbgrader assumes too
        order = [cell.name for cell in source_cells]
        grade_cells = {cell.name: cell for cell in source_nb.grade_cells}
        solution_ids = {cell.name for cell in source_nb.solution_cells}
        for position, grade_id in enumerate(order):  # in order, so a restored cell can anchor the next one
            if grade_id not in grade_cells or any(_grade_id(c) == grade_id for c in nb.cells):
                continue
            self.log.warning(f"Missing grade cell {grade_id} encountered, adding to notebook")
            cell = self.missing_cell_transform(source_cells[position], grade_cells[grade_id].max_score,
                                               is_solution=grade_id in solution_ids)
            present = {_grade_id(c): i for i, c in enumerate(nb.cells) if _grade_id(c)}
            earlier = [present[name] for name in order[:position] if name in present]
            nb.cells.insert(max(earlier) + 1 if earlier else 0, cell)
        return nb, resources
