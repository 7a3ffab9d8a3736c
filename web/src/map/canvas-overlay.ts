import * as L from 'leaflet';

/** Where a frame draws: canvas pixel = world pixel - origin; `scale` is 256 * 2^zoom. */
export interface CanvasView {
  /** World pixel (at this zoom) of the canvas's top-left corner. */
  originX: number;
  originY: number;
  scale: number;
  zoom: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel, and the canvas size in device pixels. */
  ratio: number;
  pixelWidth: number;
  pixelHeight: number;
  /** Layer point of the canvas's top-left corner (to turn canvas pixels into map points). */
  min: L.Point;
}

/** Leaflet's own renderers position themselves with this; it is not in the typings. */
type PixelOrigin = { _getNewPixelOrigin(center: L.LatLng, zoom: number): L.Point };

/**
 * One canvas in a pane of its own, positioned and zoom-animated the way Leaflet's canvas renderer
 * is, a little larger than the view (`padding`) so that a pan shows drawn vessels at once. A
 * subclass draws whole frames in `render`; `requestRedraw` coalesces any number of changes into
 * one frame.
 */
export abstract class CanvasOverlay extends L.Layer {
  protected readonly canvas = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D;
  private frameRequest = 0;
  private center = L.latLng(0, 0);
  private zoom = 0;
  private view: CanvasView | null = null;

  constructor(
    private readonly paneName: string,
    private readonly zIndex: number,
    private readonly padding = 0.2,
  ) {
    super();
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    this.ctx = ctx;
    this.canvas.className = 'leaflet-zoom-animated haven-canvas';
  }

  /** Adds the canvas to its pane (made on first use, under markers and tooltips) and draws. */
  override onAdd(map: L.Map): this {
    const pane = map.getPane(this.paneName) ?? map.createPane(this.paneName);
    pane.style.zIndex = String(this.zIndex);
    // The canvas never takes the mouse: the map's events reach layers under it (SAR regions).
    pane.style.pointerEvents = 'none';
    pane.appendChild(this.canvas);
    this.reset();
    return this;
  }

  /** Takes the canvas off the map. */
  override onRemove(_map?: L.Map): this {
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.canvas.remove();
    return this;
  }

  /** Map events the canvas follows. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // The same functions every time: Leaflet unbinds with what getEvents answers on removal.
    return {
      viewreset: this.reset,
      moveend: this.reset,
      resize: this.reset,
      zoom: this.onZoom,
      zoomanim: this.onZoomAnim,
    };
  }

  /** Draws a new frame at the next animation frame; many calls before it make one frame. */
  requestRedraw(): void {
    if (this.frameRequest || !this._map) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.redraw();
    });
  }

  /** The view of the last frame (null before the first). */
  protected currentView(): CanvasView | null {
    return this.view;
  }

  /** Draws the whole canvas now. */
  protected redraw(): void {
    if (!this.view) return;
    const ratio = this.view.ratio;
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.ctx.clearRect(0, 0, this.view.width, this.view.height);
    this.render(this.ctx, this.view);
  }

  /** Draws one frame; the canvas is cleared and scaled to CSS pixels. */
  protected abstract render(ctx: CanvasRenderingContext2D, view: CanvasView): void;

  // After a move or zoom: cover the view plus padding again, and draw at once (no blank frame).
  private reset = (): void => {
    const map = this._map;
    if (!map) return;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-this.padding)).round();
    const width = Math.round(size.x * (1 + 2 * this.padding));
    const height = Math.round(size.y * (1 + 2 * this.padding));
    this.center = map.getCenter();
    this.zoom = map.getZoom();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    L.DomUtil.setPosition(this.canvas, min);
    const origin = map.getPixelOrigin();
    this.view = {
      originX: origin.x + min.x,
      originY: origin.y + min.y,
      scale: 256 * 2 ** this.zoom,
      zoom: this.zoom,
      width,
      height,
      min,
      ratio,
      pixelWidth: this.canvas.width,
      pixelHeight: this.canvas.height,
    };
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.redraw();
  };

  private onZoom = (): void => this.transform(this._map.getCenter(), this._map.getZoom());
  private onZoomAnim = (e: L.LeafletEvent): void =>
    this.transform((e as L.ZoomAnimEvent).center, (e as L.ZoomAnimEvent).zoom);

  // During a zoom animation the last frame is scaled by CSS, as Leaflet does with its renderers.
  private transform(center: L.LatLng, zoom: number): void {
    const map = this._map;
    if (!map || !this.view) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + this.padding);
    const topLeft = viewHalf
      .multiplyBy(-scale)
      .add(map.project(this.center, zoom))
      .subtract((map as unknown as PixelOrigin)._getNewPixelOrigin(center, zoom));
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
  }
}
