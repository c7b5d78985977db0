# Library system: inheritance, super(), mixins, method resolution order
class Item:
    loan_days = 14
    def __init__(self, title, year):
        self.title, self.year, self.on_loan = title, year, False
    def describe(self):
        return f"{self.title} ({self.year})"
    __str__ = lambda self: f"[{type(self).__name__}] {self.describe()}"

class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author
    def describe(self):
        return f"{super().describe()} by {self.author}"

class DVD(Item):
    loan_days = 7
    def __init__(self, title, year, minutes):
        super().__init__(title, year); self.minutes = minutes
    def describe(self):
        return super().describe() + f", {self.minutes // 60}h{self.minutes % 60:02d}m"

class ReferenceMixin:
    loan_days = 0  # reference items stay in the library
    def describe(self):
        return super().describe() + " [reference only]"

class LoggingMixin:
    def checkout(self):
        print(f"  log: checking out {self.title!r}")
        return super().checkout()

class Lendable:
    def checkout(self):
        if self.loan_days == 0:
            raise PermissionError(f"{self.title!r} cannot be borrowed")
        if self.on_loan:
            raise RuntimeError(f"{self.title!r} is already on loan")
        self.on_loan = True
        return self.loan_days

class LibraryBook(LoggingMixin, Lendable, Book): pass
class LibraryDVD(Lendable, DVD): pass
class Encyclopedia(LoggingMixin, Lendable, ReferenceMixin, Book): pass

items = [LibraryBook("Dune", 1965, "Herbert"), LibraryDVD("Alien", 1979, 117), Encyclopedia("Britannica", 2010, "various")]
for it in items:
    print(it)
    try:
        print("  due in", it.checkout(), "days")
        it.checkout()
    except (PermissionError, RuntimeError) as e:
        print(f"  {type(e).__name__}: {e}")
print([c.__name__ for c in Encyclopedia.__mro__])
print(Encyclopedia.loan_days, LibraryDVD.loan_days, isinstance(items[2], ReferenceMixin), super(Book, items[0]).describe())
class Broken(Book, LoggingMixin, Item): pass
print(Broken.__mro__)
class Bad(Item, Book): pass
