# exec() inside a function writes into locals(), and code objects' co_names
def configure():
    exec("retries = 3")
    found = locals().get("retries")
    snapshot = locals()
    again = locals()
    print(found, snapshot is again, sorted(again))
    del found
    print("found" in locals(), sorted(locals()))

configure()

code = compile("total = price * qty\nprint(total)\nimport os.path as p", "<order>", "exec")
print(code.co_names, code.co_varnames)

def shipped(order: dict, fast: bool = False) -> str:
    days: int = 1 if fast else 5
    return f"{order['id']} in {days} days"

print(shipped.__code__.co_names, shipped.__code__.co_varnames, shipped.__annotations__)
mod = compile("x: int = 1\ny: str\ndef f(a: int) -> None: pass\nprint(__annotations__)", "<ann>", "exec")
print(mod.co_names)
exec(mod, {})
