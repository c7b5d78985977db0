# class Stack(list[int]), Inv(dict[str, int]), Pair(tuple[int, int]): a generic alias as a base is its origin (types.GenericAlias's __mro_entries__).
class Stack(list[int]):
    def push(self, x: int) -> None:
        self.append(x)
class Inv(dict[str, int]):
    pass
class Pair(tuple[int, int]):
    pass
s = Stack([1]); s.push(2); i = Inv(a=1)
print(s, i, Stack.__mro__, Inv.__bases__, isinstance(s, list), Pair((1, 2)), Pair.__base__)
