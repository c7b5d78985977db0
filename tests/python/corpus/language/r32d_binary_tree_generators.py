# A binary search tree with recursive insert and in-order, pre-order and level-order traversals as generators
from collections import deque


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1], key)
            elif key > node[0]:
                node[2] = _ins(node[2], key)
            return node
        self.root = _ins(self.root, key)

    def inorder(self, node="start"):
        node = self.root if node == "start" else node
        if node:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])

    def levels(self):
        q = deque([(self.root, 0)])
        while q:
            node, d = q.popleft()
            if node:
                yield d, node[0]
                q.extend([(node[1], d + 1), (node[2], d + 1)])

    def height(self, node="start"):
        node = self.root if node == "start" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t.inorder()), t.height())
by_level = {}
for d, k in t.levels():
    by_level.setdefault(d, []).append(k)
print(by_level, t.root[:1])
print(sum(t.inorder()), sorted(t.inorder(), reverse=True)[:3])
t.insert("x")
