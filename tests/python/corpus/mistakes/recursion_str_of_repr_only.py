# str() of an object with only __repr__: object.__str__ calls the repr slot
# itself (no level of its own), so a recursing __repr__ fails at CPython's depth
class Tree:
    def __init__(self, kids):
        self.kids = kids
    def __repr__(self):
        return 'Tree(' + repr(self) + ')'

try:
    str(Tree([]))
except RecursionError as e:
    print('str:', e)
try:
    print(Tree([]))
except RecursionError as e:
    print('print:', e)
try:
    print([Tree([])])
except RecursionError as e:
    print('list:', e)
def show(t):
    return str(t)
for i in range(10):
    try:
        show(Tree([]))
    except RecursionError as e:
        print(i, e)
