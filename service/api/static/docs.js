// The interactive API docs at /docs: Swagger UI from the server's own files (no CDN, no inline script).
"use strict";

const slot = document.getElementById("swagger-ui");
window.ui = SwaggerUIBundle({
  url: slot.dataset.openapiUrl,
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
