import * as L from 'leaflet';

/** A DivIcon whose element carries data attributes (for tests and for styling by state). */
export class DataIcon extends L.DivIcon {
  constructor(
    options: L.DivIconOptions,
    private readonly data: Record<string, string>,
  ) {
    super(options);
  }

  /** Builds the icon element and stamps the data attributes on it. */
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    for (const [k, v] of Object.entries(this.data)) el.dataset[k] = v;
    return el;
  }
}
