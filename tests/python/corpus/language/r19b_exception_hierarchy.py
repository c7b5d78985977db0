# Custom exception hierarchy for an order system, with chaining and notes
class ShopError(Exception):
    """Base class."""

class ValidationError(ShopError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class PaymentError(ShopError):
    def __init__(self, amount, reason="declined"):
        self.amount = amount
        self.reason = reason
    def __str__(self):
        return f"payment of {self.amount:.2f} {self.reason}"

class CardExpired(PaymentError):
    pass

def validate(order):
    if order.get("qty", 0) <= 0:
        raise ValidationError("qty", "must be positive")
    if "@" not in order.get("email", ""):
        raise ValidationError("email", f"bad address {order.get('email')!r}")

def pay(amount, card):
    if card == "old" or amount > 100:
        raise CardExpired(amount, "card expired") if card == "old" else PaymentError(amount)
    return "paid"

orders = [{"qty": 0}, {"qty": 1, "email": "x"}, {"qty": 2, "email": "a@b", "amt": 150},
          {"qty": 1, "email": "c@d", "amt": 20, "card": "old"}, {"qty": 1, "email": "e@f", "amt": 5}]
for o in orders:
    try:
        validate(o)
        print(pay(o["amt"], o.get("card")))
    except ValidationError as e:
        print("invalid ->", e.field, "|", e)
    except CardExpired as e:
        print("expired ->", e, e.args)
    except ShopError as e:
        print(type(e).__name__, "->", e, "| reason:", e.reason)
    else:
        print("no error")
    finally:
        print("  checked", o)

print(CardExpired.__mro__[1:4], issubclass(CardExpired, ShopError), ShopError.__doc__)
print(repr(ValidationError("a", "b")), repr(PaymentError(3)), str(ShopError()), repr(ShopError(1, 2)))

def checkout(o):
    try:
        pay(o["amt"], None)
    except PaymentError as e:
        err = ShopError(f"checkout failed for order {o['id']}")
        err.add_note(f"amount was {o['amt']}")
        err.add_note("try a smaller order")
        raise err from e

checkout({"id": 7, "amt": 500})
