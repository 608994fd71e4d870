"""Common given names, folded (lower case, no accents), for telling a person from a company.

A run of two to four capitalised words whose first word is one of these ("Marc Lefèvre",
"Isabelle Durand") is taken for a person by the rules, where no parse says otherwise. The list
is general data: about 2,150 frequent given names of the languages the business press most
often names people in (French, English, Spanish, Portuguese, Italian, German, Dutch, Nordic,
Slavic, Greek, Turkish, Hebrew, Arabic, Persian, Indian, Chinese, Japanese, Korean, Vietnamese
and African names as written in the Latin alphabet; for Chinese, Korean and Vietnamese names,
which put the family name first, the frequent family names). Compound French and German names
keep their hyphen ("jean-marc", "karl-heinz"). Given names that are also common words, brands
or places are left out ("Rose", "Grace", "Will", "Mercedes", "Ville", "Victoria"), and so are
names that often open a company's name ("Morgan", "Eli", "Allen", "Clifford"), and names
borne mainly by one famous person.
"""

from __future__ import annotations

__all__ = ["GIVEN_NAMES"]

_LIST = """
    aaron abbas abby abdallah abdel abdelaziz abdelhamid abdelkader abdelkrim abdellah abdoulaye
    abdul abdulaziz abdullah abdulrahman abel abhijit abhishek abigail abiy adam adama adebayo adel
    adele adeline adil aditya adnan adrian adriana adrien adrienne agathe agnes agnieszka agustin
    ahmad ahmed ahmet ahn aicha aida aidan ainhoa aisha ajay ajit akash akihiro akiko akio akira
    akshay alain alan alassane alastair alba alban albert alberto aldo alec alejandra alejandro
    aleksandar aleksandr aleksandra aleksei alessandra alessandro alessia alessio alex alexander
    alexandra alexandre alexandros alexandru alexei alexey alexia alexis alfonso alfred alfredo ali
    alice alicia aliko alina alioune alireza alison alistair allan allison alvaro alvin amadou amal
    amanda amandine amelie amina aminata amir amit amitabh amy ana anais anand anastasia anatoly
    anders andras andre andrea andreas andreea andrei andreia andres andrew andrey andrzej andy
    angela angelica angelika angelique angelo anil anita anja anjali ankit ann anna annabelle
    annalena anne anne-claire anne-laure anne-marie anne-sophie annemarie annette annie annika
    anouk anthony antoine antoinette anton antonella antonio antony antti anurag anwar anya arash
    archie arjun armand armin arnaud arne arnold artem arthur artur arturo arun arundhati arvind
    ashish ashley ashok ashraf ashwin asma astrid atsushi attila audrey augustin augusto aurelie
    aurelien axel ayesha ayman aymeric ayoub ayse azadeh azim aziz babak babatunde balazs baptiste
    barack barbara barry bart bashir bastien beata beatrice beatriz becky begona belen ben
    benedetta benedict benedicte benedikt benito benjamin benoit bernadette bernard bernardo bernd
    bernhard bernie bert bertrand beth betty bianca bijan bilal bill birgit birgitta bjorn blaise
    blake blanca bob bobby bogdan bonnie boris borja boubacar brad bradley bram brandon brenda
    brendan brett brian brice bridget brigitte brooke bruce bruno bryan bui burak byron cai caitlin
    callum camila camilla camille cao carl carla carles carlo carlos carly carmen carol carole
    caroline carolyn carrie carsten casey cassandra catarina caterina catherine cecil cecile
    cecilia cedric celia celine cem cengiz cesare chan chandra chang chantal charlene charles
    charlie charlotte cheikh chen cheng cheryl cheung chiara chinedu chioma chloe cho choi chris
    christelle christian christiane christina christine christoph christophe christopher christos
    chu chung ciaran cindy cinzia claire clara clare clarence clarisse clark claude claudia
    claudine claudio clemence clemens clement clementine clint clive clotilde cody colette colin
    colleen connie connor conor constantin coralie corentin corey corinne cornelia corrado cory
    costas courtney craig cristian cristiano cristina curtis cynthia cyril cyrille cyrus dagmar
    daisuke dalia damian damien dan daniel daniela daniele danielle danny daria dario darius
    dariush dariusz darko darrell darren darya daryl dave david davide debbie deborah debra declan
    deepak deepika deirdre dejan delia delphine deng denis denise deniz dennis derek dermot desmond
    detlef devin diana diane dianne didier diego dieter dilip dilma dimitar dimitri dimitrios
    dimitris dina dinesh diogo dirk divya dmitri dmitry dmytro dolores domenico dominic dominik
    dominique donal donald donatella donna donovan dorian doris dorota dorothee dorothy doug
    douglas dragan dragos driss duarte duncan dusan dustin dwayne dwight dylan eamon eamonn ebrahim
    eddie edgar edith edmond edmund edoardo edouard edson eduard eduardo edward edwin ehud eileen
    einar eitan ekaterina elaine eleanor elena eleni eleonore elias elif elijah elisa elisabeth
    elisabetta elise eliza elizabeth elke ella ellen ellie elliot elliott elodie eloise elon elsa
    elzbieta emanuela emanuele emeka emil emile emilia emilie emilio emily emine emma emmanuel
    emmanuelle emre enda enrico enrique enzo eoin eric erica erich erik erika erin erling ernest
    ernesto erol erwan erwin esra esteban estelle esther ethan etienne ettore eugene eugenie
    eui-sun eva evan eve evelyn evelyne evgeny ewa ewan eyal fabian fabien fabienne fabio fabrice
    fabrizio fahad fahd faisal falguni fanny farah farhad farid farida farouk fatih fatima fatma
    fatou fatoumata federica federico felicity felipe felix femi feng ferdinand ferenc fernand
    fernanda fernando filipa filipe filippo finn fiona flavio florence florent florian florin fouad
    frances francesca francesco francine francis francisco franck francois francois-henri
    francois-xavier francoise frank frank-walter frans franz franz-josef fred frederic frederick
    frederique fredrik frida friedrich fritz fu fumio fyodor gabor gabriel gabriela gabriele
    gabrielle gael gaelle gaetan gail galina gao gareth garrett garry gary gaspard gaston gaurav
    gautam gautier gavin geert geeta geir gemma genevieve gennady geoff geoffrey georg george
    georges georgi geraint gerald geraldine geraldo gerard gerardo gerd gerhard gerry ghassan
    gheorghe ghislain ghislaine giacomo giancarlo gianfranco gianluca gianni giannis gideon gilbert
    gilles gillian gina ginni giorgia giorgio giorgos giovanna giovanni girish gisela gisele gita
    giulia giuliana giulio giuseppe glenn godwin goh goncalo gonzague gonzalo gopal goran gordon
    graham greg gregg gregoire gregorio gregory greta grzegorz guido guillaume guillermo gunnar
    gunter gunther guo gustaf gustav gustavo guy gyorgy habib hadi hadrien hafez haile hakan hakim
    hamad hamid hamish hamza han hanan hani hank hanna hannah hans hans-georg hans-joachim
    hans-jurgen hans-peter harald harish harold harriet harrison harry hartmut haruka haruki harvey
    hasan hassan heather hector heidi heike heikki heiko heinrich heinz helen helena helene helmut
    hendrik henk henning henri henriette henrik henrique henry hermann herve hicham hideaki hideki
    hideo hilary hillary hiroaki hiroki hiroko hiroshi hiroyuki hisham hoang holger horst hossein
    houda howard hristo hu huang hubert hugh hugo hugues huseyin hussain hussein huw huynh hwang
    iain ian ibrahim ibrahima ichiro ignacio igor iker ilaria ilse ilya imad iman imogen imre
    indira ines inge ingo ingrid ingvar inigo inna ioana ioannis irene irina irving iryna isaac
    isabel isabella isabelle isaiah ismael ismail issa istvan ivan ivana ivo jaap jack jackie jacob
    jacqueline jacques jagdish jaime jair jake jakob jakub jalal jamal james jamie jamila jan jane
    janet jang janice janine janos janusz jared jari jaroslav jaroslaw jason javad javier jay jean
    jean-baptiste jean-bernard jean-charles jean-christophe jean-claude jean-daniel jean-denis
    jean-dominique jean-emmanuel jean-francois jean-frederic jean-henri jean-hugues jean-jacques
    jean-laurent jean-louis jean-loup jean-luc jean-marc jean-marie jean-michel jean-noel
    jean-olivier jean-pascal jean-paul jean-philippe jean-pierre jean-rene jean-sebastien
    jean-thomas jean-yves jeanette jeanne jeff jeffrey jelena jen jenna jennifer jenny jens jensen
    jeon jeong jeremiah jeremie jeremy jeroen jerome jerry jerzy jesper jesse jessica jesus jia
    jiang jill jim jimmy jin jiri joachim joakim joan joanna joanne joao joaquim joaquin jocelyn
    jocelyne jochen jodi jody joe joel joelle joey johan johann johanna john johnny jon jonah jonas
    jonathan joost jordi jorg jorge jorgen joris jose josef josep joseph josephine josh joshua
    josiane joyce jozsef juan jude judit judith judy juha jukka jules julia julian juliana julie
    julien juliet juliette julio julius juma jun jung junichi junichiro junko jurgen justin justine
    kadir kai kamal kamau kamel kamil kamran kang kaori kapil kara karan kareem karel karen karim
    karima karin karine karl karl-heinz karla karolina karsten kasper katalin katarina katarzyna
    kate katerina katharina katherine kathleen kathrin kathryn kathy katie katja katrin katrina
    katy kavita kazuhiko kazuki kazuo kees keiichi keiji keiko keir keith kelly kemal ken kenichi
    kenichiro kenji kenneth kenny kerry kerstin kevin khadija khaled khalid khalifa khalil kieran
    kilian killian kim kimberly kiran kirill kirk kirsten kirsty kishore kjell klaas klaus knut
    koen kofi koh koichi koji konrad konstantin konstantinos kostas krishna kristen kristian
    kristin kristina kristof kristoffer krzysztof ksenia kumar kumiko kunal kurt kwame kwok kwon
    kyle kyoko lachlan laetitia lakshmi lam lamine larisa larry lars lasse laszlo latifa lau laura
    laure lauren laurence laurent laurie lawrence lea leah lei leif leigh leila lena lenka lennart
    lenny leo leon leonard leonardo leonid leonie leonor leopoldo lesley leslie lester leszek
    leticia letizia leung levent lewis li liam liang lilian liliane lillian lim lin lina linda
    lindiwe lindsay lindsey lionel lisa lise liu liviu liz logan loic lorena lorenzo loretta lori
    lothar louis louis-philippe louise lu luc luca lucas lucia lucian luciana luciano lucie lucien
    lucille lucy ludivine ludovic ludwig luigi luis luisa luiz luka lukas lukasz luke luo luther
    lydia lydie lynn lynne lyudmila maarten maciej madeleine madeline mads magali magdalena maggie
    magnus mahesh mahmoud maite majid makoto malcolm malek malgorzata malik malika mamadou mandy
    manfred manish manoj manon mansour manuel manuela marc marc-antoine marcel marcello marcelo
    marcia marcin marco marcos marcus marek margaret margareta margarida margaux margot maria
    mariam mariama marian mariana marianne mariano marie marie-anne marie-christine marie-claire
    marie-claude marie-france marie-helene marie-laure marie-louise marie-pierre marie-therese
    marieke marijn mariko marilyn marina mario marion marisol marissa marius mariusz marjorie mark
    markku marko markus marlene marlon marsha marta martha martin martina martine marty marvin
    marwan mary maryam maryse masaaki masahiro masami masao masaru masayuki masoud massimiliano
    mateo mateusz mathias mathieu mathilde matt matteo matthew matthias matthieu matti maud maureen
    maurice mauricio maurizio max maxime maximilian maxine mayumi meera megan meghan megumi mehdi
    mehmet melanie melinda melissa melvin meng meredith meriem mert mervyn mesut metin mette mia
    michael michaela michal michel michele micheline michelle michiel michiko mickael miguel mihai
    mikael mike mikel mikhail mikko miklos milos mina minna minoru miranda mircea mireille miriam
    mirjam miroslav mitch mitchell miyuki mohamad mohamed mohammad mohammed mohan mohsen molly
    monica monika monique morgane moritz morten morteza moshe mounir mourad moussa mpho muhammad
    mukesh murat muriel murielle murray musa mustafa mustapha mykola myles myriam nabil nadege
    nadia nadine naftali naima nancy nandan naoki naoko naomi naoto narendra naresh nasrin nasser
    nassim natalia natalie natasha nathalie nathan nathaniel naveen nawal ndeye neal neha neil
    nelson ngozi nguyen niall niamh nicholas nick nicky nicola nicolae nicolas nicole niels nigel
    nikhil nikki niklas nikola nikolai nikolaos nikolay nikos nils nina nirmala nisha nitin nitish
    noah noam nobuyuki noel noemie nora norbert noriko norma norman nour noura nuno nuria oceane
    octave oded odile oksana olaf oleg oleksandr oleksiy olena olga oliver olivia olivier olli olof
    omar omer omid onur ophelie orhan oriol osama osamu oscar oskar osman othman otto oumar ousmane
    owen pablo padraig paloma pamela panagiotis pankaj panos paola paolo parag pascal pascale
    patrice patricia patricio patrick patrizia patty paul paul-henri paula paulette paulina pauline
    pavel pawel pedro pekka penelope peng percy perrine peter petr petra petro petros pham phan
    philip philipp philippa philippe phillip phoebe phyllis piero pierre pierre-andre
    pierre-antoine pierre-emmanuel pierre-henri pierre-louis pierre-olivier pierre-yves pieter
    pietro pilar pinar piotr piyush polina pooja poul pradeep prakash prasad prashant praveen
    predrag priscilla priya priyanka pyotr qin quentin quinn rachael rachel rachid rachida radhika
    radu rafael rafal raffaele raffaella ragnar rahul rainer raj rajeev rajesh rajiv rakesh ralf
    ralph ramesh rami ramin ramiro ramon randa randall randy rania raoul raphael raphaelle raquel
    rasha rashid rasmus ratan raul ravi ray raymond razvan rebecca reda redouane reem reggie
    reginald regine regis reiko reiner reinhard rekha remi remy ren renata renate renato renaud
    rene renee renzo reza rhonda rhys ricardo riccardo richard rick ricky rishi rita rob robbie
    robert roberta roberto robin rocco rocio roderick rodney rodolphe rodrigo roel roger rogerio
    rohan rohit roland rolf romain ronald ronan ronnie rory rosa rosalind roselyne ross rowan
    roxanne roy ruben rudiger rudolf rudy rui rupert ruslan russell rutger ruth ruud ryan ryszard
    saad sabine sacha sachiko sachin saeed said saida salah saleh salim sally salma salman salome
    salvatore sam samantha sameer sami samia samir samira samuel sanae sandeep sandor sandra
    sandrine sandro sanja sanjay sanjeev sanna santosh sara sarah sascha sasha saskia satish
    satoshi satya scott seamus sean sebastian sebastien seiji sekou selim selin serena serge sergei
    sergey sergio serhiy serkan seth severine seydou shahram shalini shane shankar shantanu sharon
    shashi shaun shawn sheila shekhar sheldon shelley shen sheryl shigeru shilpa shinichi shinji
    shirin shirley shiv shlomo shunsuke sian siddharth sidney siegfried sigmar sigrid silvia silvio
    simon simona simone sinead siobhan sipho slobodan smriti sneha sofia sofiane sofie solange
    soledad solene sonia sonya sophia sophie soren sorin souad soufiane souleymane spencer srinivas
    stacey stacy stanislas stanislav stavros stefan stefania stefanie stefano steffen stephan
    stephane stephanie stephen steve steven stewart stig stijn stuart sudha sudhir suleyman sundar
    sunil sunita suresh susan susana susanna susanne susie suzanne svein sven svetlana swati
    sylvain sylvia sylvie tadashi takahiro takashi takeshi tamar tamara tamas tammy tanguy tanya
    tara taras tarek tariq taro tatiana ted tendai teo terence teresa terje terrence terri terry
    tesfaye tetsuya thabo themba theo theodor theodore theresa thiago thibaud thibault thibaut
    thierry thijs thomas thorsten tiago tian tibor tim timo timothee timothy timur tina tiziana
    tobias toby todd tom tomas tomasz tommaso tomoko tony torsten toru toshiaki toshio tracey tracy
    tran trevor tricia tristan trond tsai tsuyoshi tunde tyler uche uday udo ugo ulf ulrich ulrike
    uma umberto urs ursula usha ute uwe vaclav vadim valentin valentina valeria valerie valery
    vanessa varun vasco vasile vasily venkatesh vera veronica veronika veronique vesna vicente
    vicki vicky victor vidya vijay vikas vikram viktor viktoria vinay vince vincent vincenzo vinod
    virginie vishal vitaly vitor vittorio vivek vivian vivien vladimir vladislav volker volodymyr
    vyacheslav wael waldemar walid wallace walter wang wanjiru warren wayne wei wendy werner wesley
    whitney wilhelm willem william willie willy wim winfried wojciech wolfgang wolfram wong wouter
    wu xavi xavier xiao xie xu yacine yael yair yan yang yanis yann yannick yannis yao yaroslav
    yasmin yasmine yasser yassine yasuhiro yasuo yekaterina yelena yeung yevgeny yiannis yitzhak
    yoann yohannes yoichi yoko yolanda yoo yoon yoshi yoshiaki yoshihiro yossi younes yousef
    youssef yu yuichi yuji yukio yuko yulia yumiko yun yuri yusuf yusuke yutaka yves yvette yvonne
    zach zachary zack zahra zainab zakaria zayed zbigniew zdenek zehra zeng zeynep zhang zhao zheng
    zhong zhou zhu ziad zoe zoltan zoran
"""

GIVEN_NAMES = frozenset(_LIST.split())
"""The given names, one word each (compound French names keep their hyphen)."""
