import { rulingOutcomes } from "@/lib/claims/claim-outcome";
import { emptyRulingForm, rulingFieldLabels, RulingInputSchema } from "@/lib/admin/rulings/ruling-input";
import { choicesOf, type RecordConfig } from "./record-config";

const outcomeChoices = choicesOf(rulingOutcomes);

export const rulingConfig: RecordConfig = {
  type: "ruling",
  noun: "ruling",
  plural: "rulings",
  title: "Rulings on claims",
  schema: RulingInputSchema,
  labels: rulingFieldLabels,
  emptyValues: emptyRulingForm,
  titleField: "claim",
  groups: [
    {
      legend: "The claim",
      rows: [
        [
          {
            name: "claim",
            control: "text",
            code: true,
            hint: "figure:<id> or event:<id>, as /claims shows under each claim.",
            fixedOnEdit: "A ruling stays with its claim; to rule on another, delete this one.",
          },
        ],
      ],
    },
    {
      legend: "Ruling (leave empty to let the data decide)",
      rows: [
        [
          {
            name: "outcome",
            control: "select",
            options: outcomeChoices,
            emptyOption: "No ruling: the data decides",
            hint: "Overrides what the data says, on /claims and in the CSV.",
          },
        ],
        [{ name: "reason", control: "textarea", hint: "Why, with the source that shows it: readers see it beside the ruling." }],
      ],
    },
    {
      legend: "Postponements",
      rows: [
        [
          {
            name: "supersedes",
            control: "text",
            code: true,
            hint: "The earlier claim this one replaces (a postponed date), as figure:<id> or event:<id>. For a happened event: the planned event it fulfils.",
          },
        ],
      ],
    },
  ],
  columns: [
    { label: "Claim", sort: "claim", nowrap: true, render: (row) => row.claim },
    { label: "Ruling", render: (row) => row.outcome || "none" },
    { label: "Reason", render: (row) => row.reason || "—" },
    { label: "Supersedes", nowrap: true, render: (row) => row.supersedes || "—" },
  ],
  filters: [{ name: "outcome", label: "Ruling", all: "Any ruling", options: outcomeChoices }],
  defaultSort: "updated",
  defaultDir: "desc",
  deleteWarning: (values) =>
    `The ruling on ${values.claim} and its supersedes link will be cleared: the data decides its outcome again. Its history keeps it: it can be restored from there.`,
  publicPath: () => "/claims",
};
