# error raised by a decorator during decoration points at the @ line
def register(kind):
    def deco(fn):
        registry[kind].append(fn)
        return fn
    return deco

registry = {"a": []}

@register("a")
def one():
    pass

@register("b")
def two():
    pass
