/**
 * Runs an action the user asked for, showing its failure through `report` rather than throwing:
 * resolves to whether it went through, which is what a form needs to know to close.
 */
export async function succeeded(
  action: () => Promise<unknown>,
  report: (error: unknown) => void,
): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    report(error);
    return false;
  }
}
