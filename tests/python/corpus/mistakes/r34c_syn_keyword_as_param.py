# A function whose parameter I named 'from' like in the problem statement
def transfer(from, to, amount):
    print(f"{amount} from {from} to {to}")

transfer("alice", "bob", 10)
