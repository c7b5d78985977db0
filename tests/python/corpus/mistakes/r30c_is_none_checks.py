# "== None" versus "is None" with an __eq__ that says yes to everything.
class Anything:
    def __eq__(self, other):
        return True

a = Anything()
print(a == None, a is None)
print(None == a, a != None)
values = [0, "", [], None, a]
print([v is None for v in values])
print(values.count(None), values.index(None))
