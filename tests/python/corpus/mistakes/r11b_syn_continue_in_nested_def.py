# `continue` inside a helper function defined in a loop's body.
for word in ["a", "bb", "ccc"]:
    def check(w):
        if len(w) < 2:
            continue
        return w.upper()
    print(check(word))
