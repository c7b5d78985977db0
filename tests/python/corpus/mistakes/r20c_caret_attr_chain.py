# markers for chained attribute calls failing on None
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
    def value(self):
        return 7

n = Node(Node())
print(n.next.value())
print(n.next.next.value())
