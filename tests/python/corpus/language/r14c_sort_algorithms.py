# Sorting algorithms written by hand: bubble, insertion, selection, merge and quick sort.
import random

def bubble(a):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    l, r = merge_sort(a[:len(a)//2]), merge_sort(a[len(a)//2:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r

def quick(a):
    if len(a) <= 1:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])

random.seed(11)
data = [random.randint(-50, 50) for _ in range(15)]
print(data)
for f in (bubble, insertion, selection, merge_sort, quick):
    out = f(data)
    print(f"{f.__name__:<10}", out == sorted(data), out[:6])
print(quick(list("python")), merge_sort([3.5, 1, 2.25]))
