/** Small helpers over the MDX syntax tree (mdast with MDX nodes, as parsed by satteri). */
import type { MdastNode } from 'satteri';

export interface TreeNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: TreeNode[];
  position?: { start: { line: number } };
}

export function walk(tree: MdastNode | TreeNode | undefined, visit: (node: TreeNode, parent?: TreeNode) => void): void {
  const go = (node: TreeNode, parent?: TreeNode) => {
    visit(node, parent);
    for (const child of node.children ?? []) go(child, node);
  };
  if (tree) go(tree as TreeNode);
}

export const isJsxElement = (node: TreeNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A literal attribute value; undefined when absent or written as an {expression}. */
export function attribute(node: TreeNode, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export const lineOfNode = (node: TreeNode) => node.position?.start.line;

/** Visible text of a node, the way heading ids are made from it. */
export function textOf(node: TreeNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}
