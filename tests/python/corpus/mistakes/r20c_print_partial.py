# print fails midway when a later argument's __str__ raises
class Bad:
    def __str__(self):
        raise ValueError("cannot show")
print("first line")
print("a", "b", Bad(), "c")
