# inspect with decorated functions: signature follows __wrapped__, unwrap, partials and methods
import functools
import inspect


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def transfer(src: str, dst: str, amount: float = 0.0, *, note: str = "") -> bool:
    return True


transfer.audit = True
print(inspect.signature(transfer), transfer.__wrapped__.__name__, inspect.unwrap(transfer) is transfer.__wrapped__)
print(inspect.signature(transfer, follow_wrapped=False), logged(transfer).audit)
print(inspect.signature(functools.partial(transfer, "a", note="x")))


class Bank:
    def move(self, amount, /, *, fast=False):
        pass

    @classmethod
    def open(cls, name):
        pass

    @staticmethod
    def rate(year=2024):
        pass

    def __init__(self, owner, currency="EUR"):
        pass


print(inspect.signature(Bank.move), inspect.signature(Bank().move), inspect.signature(Bank.open))
print(inspect.signature(Bank.rate), inspect.signature(Bank))
print(inspect.signature(len), inspect.signature(sorted))
print(inspect.signature(print))
