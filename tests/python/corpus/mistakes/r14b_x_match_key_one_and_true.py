# Mistake: 1 and True as two keys of one mapping pattern (they are the same key).
def lookup(flags):
    match flags:
        case {1: 'on', True: state}:
            return state
    return None


print(lookup({1: 'on'}))
