// Sidebar entry: renders the shell (DOM only, text through textContent).
const app = document.getElementById("app");
if (app) {
  const title = document.createElement("h1");
  title.textContent = "Relève";
  app.append(title);
}
