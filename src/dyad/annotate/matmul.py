"""The model's matrix products through numpy's BLAS, on one thread.

thinc's default CPU backend multiplies matrices with its bundled BLIS library. Where BLIS does not
recognise the processor it falls back to its generic kernel (on the AMD EPYC of our benchmarks:
``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration 'generic'"), about three times slower
than the OpenBLAS that numpy ships. The tok2vec and NER layers spend most of the parse in these
products (``ops.gemm`` in thinc's maxout and spaCy's precomputable affine layers), so the model's
layers are given thinc's own ``NumpyOps(use_blis=False)``, whose ``gemm`` is ``numpy.dot``; every
other operation is the same code as before. The parser's transition loop keeps BLIS (a C pointer
inside spaCy).

The products are the same sums in another order, so the floats can differ in their last bits;
the tags, parse, entities and lemmas compared over 565 news articles are identical, and
tests/test_attributes.py compares every annotation with the published model's on every run.

numpy's OpenBLAS starts one thread per core for large products. dyad parallelises by processes
(workers, Ray actors), one per core, so BLAS is held to one thread in every process that loads
the model (threadpoolctl); two threads also spend more CPU than one for the same product.
"""

from __future__ import annotations

from functools import lru_cache

from thinc.api import NumpyOps


def use_numpy_matmul(nlp) -> None:
    """Give every layer of ``nlp``'s models that runs on thinc's numpy backend the numpy gemm."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops


@lru_cache(maxsize=1)
def one_blas_thread() -> bool:
    """Hold numpy's BLAS to one thread for the rest of the process; False where threadpoolctl
    is not installed (an environment made before it was a dependency: slower, same results)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return False
    threadpool_limits(limits=1, user_api="blas")
    return True
