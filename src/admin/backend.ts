/**
 * Where the web editor (/admin/) reads and writes content: the one place to configure it.
 * Every setting comes from the environment at build time, so one repository can be built for GitHub,
 * GitLab or Gitea/Forgejo without code changes. CONTRIBUTING.md ("Cài đặt trình soạn thảo") walks
 * through each host step by step.
 *
 *   CMS_BACKEND        github | gitlab | gitea | forgejo | test-repo   (unset: no /admin/ is built)
 *   CMS_REPO           owner/name of the repository, e.g. so-y-te-dien-bien/pcmd-website
 *   CMS_BRANCH         branch that is published (default main)
 *   CMS_BASE_URL       the host's web address (GitLab/Gitea/Forgejo self-hosted), or the OAuth helper's
 *                      address for GitHub
 *   CMS_AUTH_ENDPOINT  path of the sign-in endpoint under CMS_BASE_URL (GitHub helper: "auth")
 *   CMS_API_ROOT       API address, when it is not the host's default
 *   CMS_APP_ID         OAuth application id (GitLab, Gitea, Forgejo: sign-in by PKCE, no server of our own)
 *
 * test-repo keeps files in the browser's memory and forgets them on reload. It is for trials and the
 * automated tests only; it must be asked for by name and is never a default.
 */

export const BACKEND_NAMES = ['github', 'gitlab', 'gitea', 'forgejo', 'test-repo'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface EditorBackend {
  name: BackendName;
  repo?: string;
  branch: string;
  baseUrl?: string;
  authEndpoint?: string;
  apiRoot?: string;
  appId?: string;
}

/** Hosts that run Decap's editorial workflow (draft → review → ready) as branches and pull requests. */
const WORKFLOW_BACKENDS: readonly BackendName[] = ['github', 'gitlab', 'forgejo', 'test-repo'];

/** Commit status the deploy workflow sets on a proposed change; Decap shows its link as "Xem trước". */
export const PREVIEW_STATUS_CONTEXT = 'deploy/preview';

export class EditorConfigError extends Error {}

/** Reads the editor's backend from the environment; undefined when no editor is configured. */
export function editorBackend(env: Record<string, string | undefined>): EditorBackend | undefined {
  const name = env.CMS_BACKEND?.trim();
  if (!name) return undefined;
  if (!(BACKEND_NAMES as readonly string[]).includes(name)) {
    throw new EditorConfigError(`CMS_BACKEND="${name}" không hợp lệ. Chọn một trong: ${BACKEND_NAMES.join(', ')}.`);
  }
  const backend: EditorBackend = { name: name as BackendName, branch: env.CMS_BRANCH?.trim() || 'main' };
  const optional = { repo: env.CMS_REPO, baseUrl: env.CMS_BASE_URL, authEndpoint: env.CMS_AUTH_ENDPOINT, apiRoot: env.CMS_API_ROOT, appId: env.CMS_APP_ID };
  for (const [key, value] of Object.entries(optional)) {
    if (value?.trim()) backend[key as 'repo'] = value.trim().replace(/\/+$/, '');
  }
  if (backend.name !== 'test-repo' && !backend.repo) {
    throw new EditorConfigError(`CMS_BACKEND=${backend.name} cần CMS_REPO (tên kho dạng chủ/tên, ví dụ so-y-te/website).`);
  }
  if ((backend.name === 'gitea' || backend.name === 'forgejo') && !backend.baseUrl && !backend.apiRoot) {
    throw new EditorConfigError(`CMS_BACKEND=${backend.name} cần CMS_BASE_URL (địa chỉ máy chủ git, ví dụ https://git.example.vn).`);
  }
  return backend;
}

export function usesEditorialWorkflow(backend: EditorBackend): boolean {
  return WORKFLOW_BACKENDS.includes(backend.name);
}

/** The API address the editor calls, which is also what the admin CSP must allow. */
export function apiRoot(backend: EditorBackend): string | undefined {
  if (backend.apiRoot) return backend.apiRoot;
  switch (backend.name) {
    case 'github':
      return 'https://api.github.com';
    case 'gitlab':
      return `${backend.baseUrl ?? 'https://gitlab.com'}/api/v4`;
    case 'gitea':
    case 'forgejo':
      return `${backend.baseUrl}/api/v1`;
    case 'test-repo':
      return undefined;
  }
}

/** The `backend` block of Decap's config. */
export function decapBackend(backend: EditorBackend): Record<string, unknown> {
  const block: Record<string, unknown> = { name: backend.name };
  if (backend.name === 'test-repo') return block;
  Object.assign(block, { repo: backend.repo, branch: backend.branch, api_root: apiRoot(backend) });
  if (backend.name === 'github') {
    // GitHub has no PKCE for browser apps: sign-in goes through a small OAuth helper the owner runs.
    if (backend.baseUrl) block.base_url = backend.baseUrl;
    if (backend.authEndpoint) block.auth_endpoint = backend.authEndpoint;
  } else {
    if (backend.baseUrl) block.base_url = backend.baseUrl;
    if (backend.appId) block.app_id = backend.appId;
    if (backend.name === 'gitlab') {
      block.auth_type = 'pkce';
      if (backend.authEndpoint) block.auth_endpoint = backend.authEndpoint;
    }
  }
  if (usesEditorialWorkflow(backend)) {
    block.preview_context = PREVIEW_STATUS_CONTEXT;
    block.cms_label_prefix = 'bien-tap/';
  }
  return block;
}
