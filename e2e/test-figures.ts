/**
 * A figure the end-to-end tests make up: a plan of `metric`, from a source named as the tests', so a test finds
 * exactly its own by `subject` and no reader could take it for data.
 */
export function testFigureInput(metric: string, subject: string, value: string, note = "") {
  return {
    metric,
    route: "",
    subject,
    periodStart: "",
    periodEnd: "",
    periodLabel: "",
    value,
    status: "plan",
    sourcePublisher: "Corridor Watch end-to-end tests",
    sourceTitle: "A figure made up by the tests",
    sourceUrl: "",
    sourceDate: "2026",
    note,
  };
}
