# A fallback that itself fails while handling the first error.
prices = {"apple": 1.2, "pear": 0.9}
defaults = {}

def price_of(item):
    try:
        return prices[item]
    except KeyError:
        return defaults[item] * 1.1

print(price_of("apple"))
print(price_of("mango"))
