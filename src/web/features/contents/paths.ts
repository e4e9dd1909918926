/** The editors' pages of the knowledge base. */
export const CONTENTS_PATH = '/contenus';
export const NEW_ARTICLE_PATH = '/contenus/nouvel-article';
export const editArticlePath = (id: string) => `/contenus/articles/${encodeURIComponent(id)}`;
