f(g(h(
