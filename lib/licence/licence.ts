// The licences Corridor Watch is published under, stated once for the footer, the CSV metadata and the README.

export const codeLicence = { name: "MIT", file: "LICENSE" } as const;

export const dataLicence = {
  name: "CC BY 4.0",
  /** Its SPDX identifier (also the Open Definition's), which the data package's `licenses` name it by. */
  spdx: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Corridor Watch",
  /** What the licence covers, and what it does not: the numbers stay their sources'. */
  scope:
    "The compiled dataset (the selection and arrangement of figures, events and their provenance) is CC BY 4.0; each figure remains its source's, named in its row.",
} as const;
