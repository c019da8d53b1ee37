export async function findInPage(
  _page: string,
): Promise<Array<{ occurrence: number; text: string; concept: string; context: string }>> {
  return [];
}
