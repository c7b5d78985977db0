# putting nested lists in a canonical order by sorting with the function itself as key
def canon(x):
    if isinstance(x, list):
        return sorted(x, key=lambda v: str(canon(v)))
    return x

data = [3, [2, 1], [[5, 4]]]
print(canon(data))
data[1].append(data)
print(canon(data))
