"""Common given names, folded (lower case, no accents), for telling a person from a company.

A run of two to four capitalised words whose first word is one of these ("Marc Lefèvre",
"Isabelle Durand") is taken for a person by the rules, where no parse says otherwise. The list
is general data: frequent given names of the languages the business press most often names
people in (French, English, Spanish, Portuguese, Italian, German, Dutch, Nordic, Slavic,
Arabic, Indian, Chinese, Japanese and Korean names as written in the Latin alphabet). Given
names that are also common words or brands are left out ("Rose", "Grace", "Will",
"Mercedes").
"""

from __future__ import annotations

__all__ = ["GIVEN_NAMES"]

_LIST = """
    aaron abdel abdelaziz abdellah abdul abdullah abel abhishek abigail adam adel adele adil
    adrian adriana adrien agathe agnes ahmad ahmed aida aisha akash akira alain alan alba albert
    alberto alejandra alejandro aleksandr alessandra alessandro alex alexander alexandra
    alexandre alexandru alexis alfonso alfred alfredo ali alice alicia alina alison amanda amandine
    amelie amina amir amit amy ana anais anand anders andre andrea andreas andrei andres andrew
    andy angela angelica angelika angelo anil anita ann anna anne annie anthony antoine antoinette
    anton antonio anya arash arjun arnaud arne arthur arun arvind ashley ashok astrid aurelie
    aurelien axel ayesha aziz barbara barry bastien beatrice ben benedict benjamin benoit bernard
    bernd bert bertrand betty bill bjorn blaise boris brad bradley brandon brenda brian bruce bruno
    bryan camille carl carla carlo carlos carmen carol carole caroline carolyn cassandra catherine
    cecile cedric celine chantal charles charlie charlotte chen cheryl chloe chris christian
    christina christine christoph christophe christopher cindy claire clara clarisse claude
    claudia claudio clement clementine colin corinne craig cristina cyril cyrille damien dan
    daniel daniela daniele danielle danny dario darren dave david deborah delphine denis denise
    dennis derek diana diane didier diego dimitri dmitri dmitry dominic dominique donald
    donna doris dorothee doug douglas dylan edgar edith eduardo edward elena eli elias elisa
    elisabeth elise eliza elizabeth ella ellen elliot eloise emily emma emmanuel emmanuelle enrico
    enrique eric erica erik ernest esther estelle etienne eugene eva evan eve fabian fabien
    fabienne fabrice farid farida fatima federico felix fernand fernando florence florent florian
    francesca francesco francis francisco franck francois francoise frank franz fred frederic
    frederick frederique gabriel gabriele gabrielle gael gaelle gary gaston gautam geoffrey
    georg george georges gerald gerard gerhard gilbert gilles gina giorgio giovanni giulia
    giuseppe gordon greg gregoire gregory guido guillaume gunnar gustavo guy hakim hamid hannah
    hans harold harry hassan heather hector heinz helen helene henri henrik henry herbert herve
    hiroshi hubert hugh hugo hugues ian igor ilya ines ingrid irene isaac isabel isabella
    isabelle ivan jack jacob jacqueline jacques jake james jamie jan jane janet janice jared jason
    javier jay jean jean-baptiste jean-charles jean-claude jean-francois jean-louis jean-luc
    jean-marc jean-marie jean-michel jean-paul jean-pierre jean-yves jeanne jeff jeffrey jen
    jennifer jenny jeremy jerome jerry jesse jessica jesus jia jill jim jimmy joan joanna joao
    joe joel johan johann johanna john johnny jon jonas jonathan jordan jorge jose josef joseph
    josephine josh joshua juan judith julia julian julie julien juliette jun jurgen justin
    kamal karen karim karin karl kate katherine kathleen kathryn katie kazuo keith kelly ken
    kenji kenneth kevin khalid kim kimberly klaus kumar kurt lars laura laurence laurent lea leila
    leo leon leonardo leslie li liam linda lionel lisa liu lorenzo louis louise luc luca lucas
    lucia lucie lucy ludovic luigi luis luisa lukas luke lydie magali magnus mahmoud manon manuel
    manuela marc marcel marco marcus margaret margot maria marianne marie marie-claire
    marie-christine marie-helene marina mario marion mark marta martin martina martine mary
    mathias mathieu mathilde matt matteo matthew matthias matthieu maurice max maxime
    maximilian mehdi melanie melissa michael michel michele michelle miguel mikael mike mikhail
    miriam mitchell mohamed mohammad mohammed monica monique morgan mourad muhammad murat nadia
    nancy naomi natalia natalie natasha nathalie nathan neil nicholas nick nicola nicolas nicole
    niklas nikolai nils nina noah noel noemie norbert octave olaf olga oliver olivia olivier omar
    oscar otto pablo paolo pascal pascale patricia patrick patrice paul paula pauline pedro
    peter petra philip philipp philippe pierre pierre-yves piotr pooja pradeep prakash priya
    rachel rafael rahul raj rajesh ralph ramon raphael raul ravi ray raymond rebecca regis remi
    remy renaud rene richard rick ricardo rita rob robert roberto robin rodrigo roger roland
    romain ronald rosa ross roy ruben rudolf rupert russell ruth ryan sabine sacha said salim
    sally sam samantha sami samir samuel sandra sandrine sanjay sara sarah sasha scott
    sean sebastian sebastien serge sergei sergey sergio seth shane sharon shawn sheryl shinji
    shirley silvia simon simone sofia solene sonia sophie stanislas stefan stefano stephane
    stephanie stephen steve steven stuart sundar sunil susan suzanne sven sylvain sylvie takashi
    tanya tara ted teresa terry thierry thomas tim timothy tobias todd tom tommaso tony torsten
    tristan ulrich urs valentin valerie vanessa vera veronica veronique victor victoria
    vijay vikram vincent virginie vivek vladimir walter wang wei werner william wim
    wolfgang xavier xi yann yannick yasmine yoshi youssef yves yvonne zhang zoe
"""

GIVEN_NAMES = frozenset(_LIST.split())
"""The given names, one word each (compound French names keep their hyphen)."""
