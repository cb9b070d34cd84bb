// Placeholder until the control-plane wiring lands (issue 3).
export default async function () {}
