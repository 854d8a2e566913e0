export * from "./agreements.js";
export * from "./catalogue.js";
export * from "./enums.js";
export * from "./rules.js";
export * from "./source-documents.js";
export * from "./history.js";
