# An uncaught error deep in nested calls, methods and a lambda shows a full traceback
class Parser:
    def __init__(self, text):
        self.text = text

    def numbers(self):
        return [self.convert(tok) for tok in self.text.split(",")]

    def convert(self, tok):
        cleaners = {"int": lambda s: int(s.strip())}
        return cleaners["int"](tok)


def total(text):
    p = Parser(text)
    return sum(p.numbers())


print(total("1, 2, 3"))
print(total("4,5,six"))
