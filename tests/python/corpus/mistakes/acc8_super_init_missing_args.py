# super().__init__() without the arguments the base needs.
class Task:
    def __init__(self, name, n):
        self.name = name
        self.n = n

class FactorialTask(Task):
    def __init__(self, n):
        super().__init__()
        self.result = None

FactorialTask(5)
