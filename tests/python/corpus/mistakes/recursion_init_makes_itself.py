class Node:
    def __init__(self, value):
        self.value = value
        self.child = Node(value + 1)

root = Node(0)
