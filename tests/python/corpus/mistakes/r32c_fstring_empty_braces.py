# Wrote empty braces in an f-string when meaning to show a literal {}.
def show(d):
    print(f"dict is {} with {len(d)} keys")

show({"a": 1})
show({})
