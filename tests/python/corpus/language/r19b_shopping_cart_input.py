# Interactive shopping cart driven by input(); ends when stdin runs out
PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.99, "cheese": 5.0}
cart = {}
print("Welcome! Commands: add ITEM [N], remove ITEM, show, total, quit")
while True:
    cmd = input("> ").strip().lower()
    if not cmd:
        continue
    verb, *args = cmd.split()
    if verb == "add":
        item = args[0]
        n = int(args[1]) if len(args) > 1 else 1
        if item not in PRICES:
            print(f"sorry, no {item!r}; we have: {', '.join(sorted(PRICES))}")
            continue
        cart[item] = cart.get(item, 0) + n
        print(f"added {n} x {item}")
    elif verb == "remove":
        removed = cart.pop(args[0], None)
        print("removed" if removed else "not in cart")
    elif verb == "show":
        for item, n in sorted(cart.items()):
            print(f"  {item:<8}{n:>3} @ {PRICES[item]:5.2f} = {n * PRICES[item]:6.2f}")
    elif verb == "total":
        total = sum(PRICES[i] * n for i, n in cart.items())
        tax = round(total * 0.08, 2)
        print(f"subtotal {total:.2f}, tax {tax:.2f}, total {total + tax:.2f}")
    elif verb == "quit":
        print("bye")
        break
    else:
        print("unknown command", verb)
