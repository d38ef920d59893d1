// A few DOM helpers: the app is plain TypeScript, no framework.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

/** `h("button", {class: "primary", onclick: f}, "Vote")`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") element.addEventListener(key.slice(2), value);
    else if (key === "value" && "value" in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "number" ? String(child) : child);
  }
}

/** A table with a header row and one row per item; `sortable` headers sort by their column. */
export function table<T>(columns: { title: string; cell: (row: T) => Child; sort?: (row: T) => number | string }[], rows: T[], testid?: string): HTMLTableElement {
  let order: { index: number; descending: boolean } | undefined;
  const body = h("tbody");
  const render = () => {
    const sorted = [...rows];
    if (order) {
      const key = columns[order.index].sort!;
      const direction = order.descending ? -1 : 1;
      sorted.sort((a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0));
    }
    body.replaceChildren(...sorted.map((row) => h("tr", {}, ...columns.map((c) => h("td", {}, c.cell(row))))));
  };
  const head = h(
    "tr",
    {},
    ...columns.map((c, index) =>
      c.sort
        ? h("th", {
            class: "sortable",
            title: "sort",
            onclick: () => {
              order = { index, descending: order?.index === index ? !order.descending : false };
              render();
            },
          }, c.title)
        : h("th", {}, c.title),
    ),
  );
  render();
  return h("table", { "data-testid": testid }, h("thead", {}, head), body);
}

/** A labelled input. */
export function field(label: string, input: HTMLElement): HTMLLabelElement {
  return h("label", {}, h("span", {}, label), input);
}
