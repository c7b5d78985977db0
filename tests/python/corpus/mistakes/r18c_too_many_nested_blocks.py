def search(grid):
    for a in grid:
        for b in a:
            for c in b:
                for d in c:
                    for e in d:
                        for f in e:
                            for g in f:
                                for h in g:
                                    for i in h:
                                        for j in i:
                                            for k in j:
                                                for l in k:
                                                    for m in l:
                                                        for n in m:
                                                            for o in n:
                                                                for p in o:
                                                                    for q in p:
                                                                        for r in q:
                                                                            for s in r:
                                                                                for t in s:
                                                                                    for u in t:
                                                                                        return u


print(search([[[]]]))
