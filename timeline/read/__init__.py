"""The read model: how the engine answers from a store without folding the whole log.

Between the log (`timeline.log`, which stores and selects records) and the facade
(`timeline.api`): the records one answer needs, chosen by the index kept beside a log's
records (`index`) or read in one streamed pass (`streamed`), and the catalogue of an indexed
store, from its sealed snapshot and the registrations after it (`stored_catalogue`). The folds
themselves are the projections', unchanged: every path gives the full replay's answer.
"""
