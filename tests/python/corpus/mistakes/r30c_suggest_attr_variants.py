# Misspelt attributes on builtins and modules, printed by the default excepthook.
print("each error printed by the default excepthook:")
import sys
import math
print("start")

class Order:
    def __init__(self):
        self.total_price = 5
        self._secret = 1
        self.items_count = 2

o = Order()
for snippet in ["o.totalprice", "o.total_prices", "o.secret", "o.item_count", "o.ItemsCount",
                "math.squareroot", "math.PI", "'abc'.startwith", "[].add", "{}.iteritems",
                "(1).real_part", "o.__dict__.has_key", "math.isqrt", "o.zzzzzzzzzz"]:
    try:
        eval(snippet)
    except AttributeError:
        sys.__excepthook__(*sys.exc_info())
