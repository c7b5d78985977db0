# Closures: counters with nonlocal, multipliers made in a loop (late binding), and a bank.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

mults = [lambda x: x * i for i in range(4)]
print([m(10) for m in mults])
mults = [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in mults])

def make_account(balance):
    def transact(amount):
        nonlocal balance
        if balance + amount < 0:
            return f"refused, balance {balance}"
        balance += amount
        return balance
    return transact

acct = make_account(50)
print(acct(20), acct(-100), acct(-70))
print(c1.__closure__[0].cell_contents, make_counter.__code__.co_varnames)

def broken():
    total = 0
    def add(x):
        total += x
        return total
    return add
print(broken()(1))
