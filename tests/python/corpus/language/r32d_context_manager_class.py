# A class-based context manager: __enter__/__exit__, suppressing some errors, re-raising others
class Transaction:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.ops = []

    def __enter__(self):
        self.log.append(f"begin {self.name}")
        return self

    def add(self, op):
        if op < 0:
            raise ValueError(f"negative op {op}")
        if op == 0:
            raise ZeroDivisionError("zero op")
        self.ops.append(op)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append(f"commit {self.name} {self.ops}")
            return False
        self.log.append(f"rollback {self.name}: {exc_type.__name__}({exc})")
        return issubclass(exc_type, ValueError)


log = []
with Transaction("t1", log) as t:
    t.add(1)
    t.add(2)
with Transaction("t2", log) as t:
    t.add(5)
    t.add(-1)
    t.add(7)
print(*log, sep="\n")
print(t.ops)
with Transaction("t3", log) as a, Transaction("t4", log) as b:
    a.add(1)
    b.add(0)
