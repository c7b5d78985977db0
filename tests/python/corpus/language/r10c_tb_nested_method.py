class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        def convert(token):
            return int(token) * self.factor()
        return [convert(t) for t in self.text.split()]

    def factor(self):
        return self.settings["factor"]

p = Parser("1 2 3")
p.settings = {"factor": 2}
print(p.parse())
p.settings = {}
p.parse()
