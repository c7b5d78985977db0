# traceback shows function names (not qualnames) of nested functions and methods
class Shop:
    class Cart:
        def total(self):
            def add(a, b):
                return a + b
            return add(1, None)

def run():
    return Shop.Cart().total()

run()
