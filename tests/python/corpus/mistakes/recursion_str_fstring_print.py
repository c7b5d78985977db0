# __str__ formatting itself in an f-string: print (a first call) and the
# f-string's __format__ call each count a level, as CPython 3.11's
class Node:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f'Node({self})'

print(Node(1))
